package app.orderdesk.localcloud.stepfunctions.properties;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small seeded property runner: try {@code i} uses {@code new Random(seed + i)} and a size growing
 * with {@code i}, so runs are reproducible (the seed is printed, {@code -Dasl.properties.seed=N} replays
 * it) and the first tries are the smallest. On failure the smallest failing example is reported.
 */
final class PropertyRunner {

    /** Fixed by default so the build is deterministic; override to explore other inputs. */
    static final long SEED = Long.getLong("asl.properties.seed", 20261128L);
    static final int MAX_SIZE = 12;
    /** Multiplies every property's tries, for a longer exploration: {@code -Dasl.properties.scale=20}. */
    static final int SCALE = Integer.getInteger("asl.properties.scale", 1);

    /** One try: returns null when the property holds, else a description including the example. */
    interface Trial {
        String check(Random random, int size);
    }

    private PropertyRunner() {}

    static int forAll(String property, int baseTries, Trial trial) {
        int tries = baseTries * SCALE;
        List<String> failures = new ArrayList<>();
        long firstFailingSeed = 0;
        for (int i = 0; i < tries; i++) {
            long seed = SEED + i;
            int size = 1 + i * MAX_SIZE / tries;
            String problem;
            try {
                problem = trial.check(new Random(seed), size);
            } catch (RuntimeException | AssertionError e) {
                problem = "threw " + e;
            }
            if (problem != null) {
                if (failures.isEmpty()) {
                    firstFailingSeed = seed;
                }
                failures.add("seed " + seed + ", size " + size + ": " + problem);
            }
        }
        System.out.printf("asl-properties: %s: %d tries, %d failed (seed %d)%n", property, tries, failures.size(), SEED);
        if (!failures.isEmpty()) {
            // One smallest example per kind of failure (the first line of its description, seed and size cut off).
            java.util.Map<String, String> smallestByKind = new java.util.TreeMap<>();
            for (String failure : failures) {
                String firstLine = failure.lines().findFirst().orElse(failure);
                String kind = firstLine.substring(firstLine.indexOf(": ") + 2);
                smallestByKind.merge(kind.length() > 120 ? kind.substring(0, 120) : kind, failure,
                        (a, b) -> a.length() <= b.length() ? a : b);
            }
            fail(property + ": " + failures.size() + " of " + tries + " tries failed (first at seed " + firstFailingSeed
                    + "); smallest example of each kind:\n" + String.join("\n", smallestByKind.values()));
        }
        return tries;
    }
}
