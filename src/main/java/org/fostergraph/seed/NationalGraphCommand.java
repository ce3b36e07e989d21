package org.fostergraph.seed;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code generate-national-graph [scale]}: writes the synthetic national graph (England's size, or {@code scale} of it)
 * into an empty database and prints what it wrote and how long it took. Exits 0 when loaded, 1 when refused.
 */
@Component
class NationalGraphCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "generate-national-graph";

    private final NationalGraphLoader loader;
    private final PrintStream out = System.out;
    private int exitCode;

    NationalGraphCommand(NationalGraphLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        double scale;
        try {
            scale = words.size() > 1 ? Double.parseDouble(words.get(1)) : 1.0;
        }
        catch (NumberFormatException notANumber) {
            scale = -1;
        }
        if (words.size() > 2 || !(scale > 0 && scale <= 1)) {
            out.println("Usage: " + NAME + " [scale]  (scale: a number above 0 and at most 1, England's size when left out)");
            exitCode = 1;
            return;
        }
        NationalGraphShape shape = scale == 1.0 ? NationalGraphShape.england() : NationalGraphShape.england().scaled(scale);
        try {
            NationalGraphLoader.Loaded loaded = loader.load(new NationalGraphGenerator(shape));
            out.printf("National graph: %d councils, %d providers, %s%n", shape.councils(), loaded.providers(), loaded.rows());
            out.printf("Loaded in %.1f s%n", loaded.took().toMillis() / 1000.0);
        }
        catch (SeedException refused) {
            out.println(refused.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
