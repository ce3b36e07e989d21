package org.fostergraph.seed;

import java.io.PrintStream;
import java.util.List;

import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/**
 * {@code generate-national-graph [scale]}: writes the synthetic national graph (England's size, or {@code scale} of it)
 * into an empty database and prints what it wrote and how long it took. Exits 0 when loaded, 1 when refused.
 */
@Component
class NationalGraphCommand implements Command {

    private final NationalGraphLoader loader;

    NationalGraphCommand(NationalGraphLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "generate-national-graph";
    }

    @Override
    public String usage() {
        return "[scale]  (scale: a number above 0 and at most 1, England's size when left out)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        double scale;
        try {
            scale = words.isEmpty() ? 1.0 : Double.parseDouble(words.get(0));
        }
        catch (NumberFormatException notANumber) {
            scale = -1;
        }
        if (words.size() > 1 || !(scale > 0 && scale <= 1)) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        NationalGraphShape shape = scale == 1.0 ? NationalGraphShape.england() : NationalGraphShape.england().scaled(scale);
        try {
            NationalGraphLoader.Loaded loaded = loader.load(new NationalGraphGenerator(shape));
            out.printf("National graph: %d councils, %d providers, %s%n", shape.councils(), loaded.providers(), loaded.rows());
            out.printf("Loaded in %.1f s%n", loaded.took().toMillis() / 1000.0);
            return 0;
        }
        catch (SeedException refused) {
            out.println(refused.getMessage());
            return 1;
        }
    }
}
