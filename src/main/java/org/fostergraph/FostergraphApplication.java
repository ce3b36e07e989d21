package org.fostergraph;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FostergraphApplication {

    /** Commands that run once against the graph, without the web server, and exit. */
    static final Set<String> COMMANDS = Set.of("import-ssda903", "import-postcode-sectors", "generate-national-graph");

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 3 && "generate-ssda903".equals(args[0])) {
            org.fostergraph.ssda903.SyntheticReturn.main(new String[] {args[1], args[2]});
            return;
        }
        if (args.length > 0 && COMMANDS.contains(args[0])) {
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
