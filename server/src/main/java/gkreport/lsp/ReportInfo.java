package gkreport.lsp;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import gkreport.rules.Finding;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import java.io.IOException;

/**
 * What {@code gkreport.reportInfo} answers for the editor's status bar:
 * {@code {"year": 2020, "template": "2019", "errors": 2, "warnings": 1}}, with {@code null} for a year
 * or format that was not recognised (written out, as the client tells null from a missing member).
 *
 * @param year     the report's year, or null
 * @param template 「2019」 or 「2021」, or null
 */
@JsonAdapter(ReportInfo.Json.class)
public record ReportInfo(Integer year, String template, int errors, int warnings) {
    public static ReportInfo of(Analysis analysis) {
        int errors = 0;
        int warnings = 0;
        for (Finding f : analysis.findings()) {
            if (f.severity() == Severity.ERROR) errors++;
            else if (f.severity() == Severity.WARNING) warnings++;
        }
        var report = analysis.report();
        return new ReportInfo(report.year().orElse(null), report.template() == null ? null : report.template().id(), errors, warnings);
    }

    /** Writes every member, nulls included (the protocol's Gson leaves nulls out). */
    static final class Json extends TypeAdapter<ReportInfo> {
        @Override
        public void write(JsonWriter out, ReportInfo info) throws IOException {
            boolean serializeNulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            out.beginObject();
            out.name("year").value(info.year());
            out.name("template").value(info.template());
            out.name("errors").value(info.errors());
            out.name("warnings").value(info.warnings());
            out.endObject();
            out.setSerializeNulls(serializeNulls);
        }

        @Override
        public ReportInfo read(JsonReader in) {
            throw new UnsupportedOperationException("the server only sends a ReportInfo");
        }
    }
}
