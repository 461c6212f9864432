package app.cadence.report;

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
}
