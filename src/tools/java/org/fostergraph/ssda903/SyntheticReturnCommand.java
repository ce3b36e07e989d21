package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/** {@code generate-ssda903 <episodes> <folder>}: writes a fictional return of about that many episodes ({@link SyntheticReturn}). */
@Component
class SyntheticReturnCommand implements Command {

    @Override
    public String name() {
        return "generate-ssda903";
    }

    @Override
    public String usage() {
        return "<episodes> <folder>  (about that many episodes, whole children, in header.csv and episodes.csv)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        int episodes;
        try {
            episodes = words.size() == 2 ? Integer.parseInt(words.get(0)) : -1;
        }
        catch (NumberFormatException notANumber) {
            episodes = -1;
        }
        if (episodes < 1) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        Path folder = Path.of(words.get(1));
        try {
            SyntheticReturn.write(episodes, folder);
        }
        catch (IOException unwritable) {
            out.println(folder + ": could not be written");
            return 1;
        }
        out.println("Wrote " + folder.resolve("header.csv") + " and " + folder.resolve("episodes.csv"));
        return 0;
    }
}
