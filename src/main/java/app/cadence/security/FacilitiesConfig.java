package app.cadence.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a caller's facilities come from (README, section "Facilities"). */
@ConfigMapping(prefix = "cadence.facilities")
public interface FacilitiesConfig {

    /**
     * The token claim listing the caller's facility codes ({@code *} for all), as a dot-separated
     * path into the token's claims, e.g. {@code facilities} or {@code cadence.facilities}.
     */
    @WithDefault("facilities")
    String claimPath();

    /**
     * Whether a deployment of several facilities refuses (403) a caller whose token carries no
     * facility claim and whose staff record names no facility. When false, such a caller reaches
     * every facility (a lenient setting for tests and single-hospital set-ups that grew).
     */
    @WithDefault("true")
    boolean requireClaim();
}
