package org.clusterscope.samples;

import java.nio.file.Path;

/**
 * The command line of the sample generators: {@code [--out <dir>] [--seed <long>]}, or
 * {@code --help}. Errors are {@link IllegalArgumentException}s whose message says what is wrong.
 */
record GeneratorOptions(Path out, long seed, boolean help) {

    static GeneratorOptions parse(String[] args, Path defaultOut, long defaultSeed) {
        Path out = defaultOut;
        long seed = defaultSeed;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new GeneratorOptions(out, seed, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value.");
            }
            String value = args[++i];
            switch (option) {
                case "--out":
                    out = Path.of(value);
                    break;
                case "--seed":
                    seed = parseSeed(value);
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + option + ".");
            }
        }
        return new GeneratorOptions(out, seed, false);
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --seed value: '" + value + "' (must be a whole number).");
        }
    }
}
