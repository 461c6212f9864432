package app.cadence.report;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The representations a report comes in, chosen by the request's Accept header. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    PDF(MediaType.valueOf(ReportFormat.PDF_TYPE)),
    CSV(MediaType.valueOf(ReportFormat.CSV_TYPE));

    public static final String PDF_TYPE = "application/pdf";
    public static final String CSV_TYPE = "text/csv";

    private final MediaType mediaType;

    ReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The first of the offered formats the caller accepts, in the order of their Accept header (by
     * quality); JSON for a wildcard or no Accept header.
     */
    public static ReportFormat negotiate(HttpHeaders headers, List<ReportFormat> offered) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return JSON;
            }
            for (ReportFormat format : offered) {
                if (acceptable.isCompatible(format.mediaType)) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
