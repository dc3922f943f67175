package app.orderdesk.backend.usecase;

import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.domain.StoreLogo;
import app.orderdesk.backend.domain.StoreSettingsRules;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.StoreSettingsRepository;
import app.orderdesk.pricing.OrderTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PUT /store-settings (managers): replaces the settings whole after checking every field; nothing is
 * written when any field is wrong. Repeating the same PUT writes the same record (idempotent by nature).
 * The logo is part of the record: a PUT without one removes it. The time zone is the deployment's
 * ({@code StoreTimeZone}, ADR 0080): a PUT may leave it out or repeat it, but not change it.
 *
 * <p>With {@code If-Match} (ADR 0087: the {@code updatedAt} of the settings the client read, or {@code none} when it
 * read the defaults) the record is replaced only if nobody saved since; otherwise 409 SETTINGS_CHANGED names who
 * saved and when, and nothing is written. Without it, the last writer wins, as before.
 */
public final class UpdateStoreSettings {

    private final StoreSettingsRepository settings;
    private final Clock clock;
    private final ChangeEvents events;

    public UpdateStoreSettings(StoreSettingsRepository settings, Clock clock) {
        this(settings, clock, ChangeEvents.none());
    }

    /** With {@code events}: each save is announced on the {@code settings} push topic (other desks reload the rates). */
    public UpdateStoreSettings(StoreSettingsRepository settings, Clock clock, ChangeEvents events) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    public StoreSettingsView execute(StoreSettingsRequest request, String actor) {
        return execute(request, actor, null);
    }

    public StoreSettingsView execute(StoreSettingsRequest request, String actor, String ifMatch) {
        Optional<Instant> read = readVersion(ifMatch);
        if (request == null) {
            throw new ValidationFailedException("body", "is required");
        }
        if (request.taxRateBasisPoints() == null) {
            throw new ValidationFailedException("taxRateBasisPoints", "is required (0 for no tax)");
        }
        StoreLogo.Parsed logo = StoreLogo.parse(request.logo());
        CategoryRates categoryRates = CategoryRates.normalise(request.categoryTaxRates());
        StoreSettings candidate = new StoreSettings(trim(request.name()), orEmpty(request.address()), orEmpty(request.phone()),
                orEmpty(request.email()), orEmpty(request.taxNumber()), request.taxRateBasisPoints(), trim(request.currency()),
                trim(request.locale()), timeZone(request.timeZone()), orEmpty(request.receiptFooter()), actor, clock.instant(),
                logo.logo(), categoryRates.rates());
        List<FieldIssue> issues = new ArrayList<>(categoryRates.issues());
        issues.addAll(StoreSettingsRules.check(candidate));
        if (issues.stream().noneMatch(issue -> issue.field().equals("timeZone")) && !candidate.timeZone().equals(storeZone().getId())) {
            issues.add(new FieldIssue("timeZone", "must be " + storeZone().getId()
                    + ", the time zone the store was deployed with (StoreTimeZone)"));
        }
        if (logo.issue() != null) {
            issues.add(logo.issue());
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        if (ifMatch == null) {
            settings.save(candidate);
        } else if (!settings.saveIfUnchanged(candidate, read.orElse(null))) {
            throw changedSince();
        }
        events.settingsChanged(candidate.updatedAt());
        return StoreSettingsViews.of(candidate);
    }

    /** If-Match: {@code "none"} (the defaults were read) or the read record's {@code updatedAt}, quotes allowed. */
    private static Optional<Instant> readVersion(String ifMatch) {
        if (ifMatch == null) {
            return Optional.empty();
        }
        String value = ifMatch.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
        } catch (java.time.format.DateTimeParseException notATime) {
            throw new ValidationFailedException("If-Match", "must be the updatedAt of the settings you read, or none");
        }
    }

    private ConflictException changedSince() {
        StoreSettings now = settings.current();
        String who = now.updatedBy() == null || now.updatedBy().isBlank() ? "someone" : now.updatedBy();
        String when = now.updatedAt() == null ? "" : " at " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(now.updatedAt().atZone(storeZone())) + " (" + storeZone().getId() + ")";
        return new ConflictException("SETTINGS_CHANGED", "The store settings were saved by " + who + when
                + " since you opened them; nothing was saved. Reload them to see that change, then make yours again.");
    }

    /** Categories as stored (trimmed, lower case); two keys that become the same category are an error, not a silent pick. */
    private record CategoryRates(Map<String, Integer> rates, List<FieldIssue> issues) {
        static CategoryRates normalise(Map<String, Integer> requested) {
            Map<String, Integer> rates = new HashMap<>();
            List<FieldIssue> issues = new ArrayList<>();
            if (requested != null) {
                requested.forEach((category, rate) -> {
                    String key = OrderTotals.normalCategory(category);
                    if (key == null) {
                        issues.add(new FieldIssue("categoryTaxRates", "has an empty category name"));
                    } else if (rate == null) {
                        issues.add(new FieldIssue("categoryTaxRates." + key, "is required (0 for no tax)"));
                    } else if (rates.putIfAbsent(key, rate) != null) {
                        issues.add(new FieldIssue("categoryTaxRates." + key, "is given twice"));
                    }
                });
            }
            return new CategoryRates(rates, issues);
        }
    }

    private ZoneId storeZone() {
        return settings.storeZone();
    }

    /** Left out or blank: the store's (a desk need not know it). */
    private String timeZone(String requested) {
        return requested == null || requested.isBlank() ? storeZone().getId() : requested.strip();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
