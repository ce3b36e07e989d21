package org.fostergraph.command;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The one registry of commands: every {@link Command} bean, run by the first word on the command line. Without a word
 * the application is the web service and this does nothing; an unknown word prints the commands there are and exits 1.
 */
@Component
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private final PrintStream out = System.out;
    private int exitCode;

    CommandLine(List<Command> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
    }

    /** Whether the application's arguments ask for a command rather than the service: a first word that is no option. */
    public static boolean asksForACommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty()) {
            return;
        }
        Optional<Command> command = commands.stream().filter(candidate -> candidate.name().equals(words.get(0))).findFirst();
        if (command.isEmpty()) {
            out.println("Unknown command '" + words.get(0) + "'. The commands are:");
            commands.forEach(known -> out.println("  " + known.name() + " " + known.usage()));
            exitCode = 1;
            return;
        }
        exitCode = command.get().run(words.subList(1, words.size()), out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
