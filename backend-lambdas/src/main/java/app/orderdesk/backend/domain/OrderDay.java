package app.orderdesk.backend.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar day an order belongs to: the day it was placed, in the store's time zone (a store in
 * Berlin closes its day at midnight Berlin time, not UTC). The Orders table's DayIndex and the daily
 * totals are keyed by it as {@code yyyy-MM-dd}.
 */
public final class OrderDay {

    private OrderDay() {}

    public static String of(Instant placedAt, ZoneId storeZone) {
        return LocalDate.ofInstant(placedAt, storeZone).toString();
    }

    public static LocalDate today(Instant now, ZoneId storeZone) {
        return LocalDate.ofInstant(now, storeZone);
    }
}
