package org.fostergraph.command;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run once against the graph from the command line ({@code java -jar fostergraph.jar <name> <arguments>}),
 * without the web server, exiting with the code it answers. Each command is a bean; {@link CommandLine} finds it by
 * name, so a command is named in one place.
 */
public interface Command {

    /** The first word on the command line, for example {@code import-ssda903}. */
    String name();

    /** The arguments after the name, as the usage line shows them. */
    String usage();

    /** Runs with the words after the name (options such as {@code --fostergraph.…} are Spring's); answers the exit code. */
    int run(List<String> arguments, PrintStream out);
}
