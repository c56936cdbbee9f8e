package gkreport.model;

/** The two national formats of the report. */
public enum TemplateVersion {
    /** 国办公开办函〔2019〕60号: the 2019 and 2020 reports. */
    V2019("2019"),
    /** 国办公开办函〔2021〕30号: the 2021 report and every later one. */
    V2021("2021");

    private final String id;

    TemplateVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format a report on the given year must use. */
    public static TemplateVersion requiredFor(int reportYear) {
        return reportYear >= 2021 ? V2021 : V2019;
    }
}
