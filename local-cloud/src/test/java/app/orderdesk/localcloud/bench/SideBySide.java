package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * A ratio of the app's figure to the floor's, taken round by round from {@code BenchMain}'s interleaved rounds
 * (each round runs both back to back, so both share the machine's moment) and quoted as the median of the rounds'
 * ratios. Without rounds (a results file from before them) it is the ratio of the two separate runs.
 */
record SideBySide(double ratio, List<Double> perRound) {

    static SideBySide of(JsonNode rounds, String appField, String floorField, double separateRunsRatio) {
        List<Double> ratios = new ArrayList<>();
        for (JsonNode round : rounds) {
            double app = round.path(appField).asDouble(Double.NaN), floor = round.path(floorField).asDouble(Double.NaN);
            if (app > 0 && floor > 0) {
                ratios.add(app / floor);
            }
        }
        return ratios.isEmpty() ? new SideBySide(separateRunsRatio, List.of()) : new SideBySide(median(ratios), List.copyOf(ratios));
    }

    /** The median; of an even count, the mean of the two middle values (a ratio has no nearest rank to prefer). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** How the figure was taken, for the table's first column. */
    String how() {
        return perRound.isEmpty() ? "; the two runs minutes apart" : "; median of " + perRound.size() + " interleaved rounds";
    }

    /** The rounds' ratios in the order they ran, for the measured column. */
    String rounds(DoubleFunction<String> format) {
        return perRound.isEmpty() ? ""
                : " (rounds: " + perRound.stream().map(format::apply).collect(Collectors.joining(", ")) + ")";
    }
}
