package app.cadence.report;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How reports are produced. */
@ConfigMapping(prefix = "cadence.reports")
public interface ReportsConfig {

    /**
     * The k of a de-identified outcome report: a cell counting fewer children than this (but at
     * least one) is suppressed.
     */
    @WithDefault("5")
    @Min(1)
    int minimumCellSize();

    /**
     * How long a report waits for one of the reports pool's connections when every one is busy
     * preparing other reports, before it is answered 503 (busy, retry).
     */
    @WithDefault("2S")
    Duration busyWait();
}
