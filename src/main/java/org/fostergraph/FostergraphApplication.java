package org.fostergraph;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fostergraph.command.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FostergraphApplication {

    /** The web service, or, when the first argument is a word, the command of that name ({@link CommandLine}). */
    public static void main(String[] args) {
        if (CommandLine.asksForACommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(FostergraphApplication.class, args);
    }

    /** A command loads a council's own data, so it never loads the demo council first (unless told to). */
    public static int runCommand(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String[] withSeedMode = arguments.stream().anyMatch(arg -> arg.startsWith("--fostergraph.seed.mode="))
                ? args : Stream.concat(arguments.stream(), Stream.of("--fostergraph.seed.mode=never")).toArray(String[]::new);
        return SpringApplication.exit(new SpringApplicationBuilder(FostergraphApplication.class)
                .web(WebApplicationType.NONE)
                .run(withSeedMode));
    }
}
