package gkreport.model;

/** A date as written in a report, e.g. the signature 「2021年1月13日」 or 「二〇二一年一月十三日」. */
public record CalendarDate(int year, int month, int day) {
}
