package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Day banner labels at fixed times: across midnight, across the daylight-saving changes of
 * Europe/Warsaw in 2026 (29 March: 23 hours; 25 October: 25 hours) and across a new year, in
 * English and Polish.
 */
class DayBannersTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private final Localization english = new Localization(Locale.ENGLISH);
    private final Localization polish = new Localization(Locale.forLanguageTag("pl"));

    /** The label of a message written at {@code written} (local), read at {@code now} (local). */
    private static UiText label(String written, String now) {
        Instant message = ZonedDateTime.of(java.time.LocalDateTime.parse(written), WARSAW).toInstant();
        Instant reading = ZonedDateTime.of(java.time.LocalDateTime.parse(now), WARSAW).toInstant();
        return DayBanners.label(DayBanners.dayOf(message, WARSAW), DayBanners.dayOf(reading, WARSAW));
    }

    @Test
    void acrossMidnight_todayBecomesYesterday() {
        assertThat(english.get(label("2026-06-10T23:59:00", "2026-06-10T23:59:59"))).isEqualTo("Today");
        assertThat(english.get(label("2026-06-10T23:59:00", "2026-06-11T00:00:00"))).isEqualTo("Yesterday");
        assertThat(english.get(label("2026-06-10T00:00:00", "2026-06-12T23:59:00"))).isEqualTo("2 days ago");
        assertThat(english.get(label("2026-06-10T12:00:00", "2026-06-13T00:00:01"))).isEqualTo("Jun 10, 2026");
    }

    @Test
    void inPolish_theSameDays() {
        assertThat(polish.get(label("2026-06-10T23:59:00", "2026-06-10T23:59:59"))).isEqualTo("Dzisiaj");
        assertThat(polish.get(label("2026-06-10T23:59:00", "2026-06-11T00:00:00"))).isEqualTo("Wczoraj");
        assertThat(polish.get(label("2026-06-10T00:00:00", "2026-06-12T23:59:00"))).isEqualTo("2 dni temu");
        assertThat(polish.get(label("2026-06-10T12:00:00", "2026-06-13T00:00:01"))).isEqualTo("10 cze 2026");
    }

    @Test
    void springForward_aTwentyThreeHourDayIsStillOneDay() {
        // 29 March 2026: 02:00 becomes 03:00 in Warsaw; 23:30 on the 28th is 22 hours before 22:30 on the 29th.
        assertThat(english.get(label("2026-03-28T23:30:00", "2026-03-29T00:10:00"))).isEqualTo("Yesterday");
        assertThat(english.get(label("2026-03-29T00:30:00", "2026-03-29T23:59:00"))).isEqualTo("Today");
        assertThat(english.get(label("2026-03-29T03:30:00", "2026-03-30T00:00:00"))).isEqualTo("Yesterday");
        assertThat(polish.get(label("2026-03-28T12:00:00", "2026-03-30T01:00:00"))).isEqualTo("2 dni temu");
    }

    @Test
    void fallBack_aTwentyFiveHourDayIsStillOneDay() {
        // 25 October 2026: 03:00 becomes 02:00 again; the day has 25 hours.
        assertThat(english.get(label("2026-10-25T00:05:00", "2026-10-25T23:55:00"))).isEqualTo("Today");
        assertThat(english.get(label("2026-10-24T23:55:00", "2026-10-25T00:05:00"))).isEqualTo("Yesterday");
        assertThat(polish.get(label("2026-10-25T23:55:00", "2026-10-26T00:05:00"))).isEqualTo("Wczoraj");
        assertThat(polish.get(label("2026-10-23T23:59:00", "2026-10-25T23:59:00"))).isEqualTo("2 dni temu");
        assertThat(english.get(label("2026-10-22T23:59:00", "2026-10-25T00:00:00"))).isEqualTo("Oct 22, 2026");
    }

    @Test
    void newYear_countsDaysAcrossTheYearAndShowsTheOldYear() {
        assertThat(english.get(label("2026-12-31T23:59:00", "2027-01-01T00:00:30"))).isEqualTo("Yesterday");
        assertThat(polish.get(label("2026-12-30T08:00:00", "2027-01-01T08:00:00"))).isEqualTo("2 dni temu");
        assertThat(english.get(label("2026-12-29T08:00:00", "2027-01-01T08:00:00"))).isEqualTo("Dec 29, 2026");
        assertThat(polish.get(label("2026-12-29T08:00:00", "2027-01-01T08:00:00"))).isEqualTo("29 gru 2026");
    }

    @Test
    void aDayAfterToday_showsItsDate() {
        assertThat(DayBanners.label(LocalDate.of(2026, 6, 11), LocalDate.of(2026, 6, 10)))
                .isEqualTo(UiText.of("banner.date", LocalDate.of(2026, 6, 11)));
    }

    @Test
    void apply_bannersOnTheFirstMessageOfEachLocalDay() {
        java.util.List<MessageItem> items = java.util.stream.Stream.of("2026-10-24T22:00:00Z", "2026-10-24T22:30:00Z",
                        "2026-10-24T23:30:00Z", "2026-10-25T21:59:00Z", "2026-10-25T23:01:00Z")
                .map(t -> MessageItem.of(new dev.parley.protocol.model.MessageInfo(t.hashCode() & 0xffff, 1, 2L, "m",
                        Instant.parse(t), null), null, 1))
                .toList();

        DayBanners.apply(items, LocalDate.of(2026, 10, 26), WARSAW);

        // 22:00Z on the 24th is 00:00 CEST on the 25th; 23:01Z on the 25th is 00:01 CET on the 26th.
        assertThat(items).extracting(m -> m.bannerProperty().get() == null ? null : english.get(m.bannerProperty().get()))
                .containsExactly("Yesterday", null, null, null, "Today");
    }
}
