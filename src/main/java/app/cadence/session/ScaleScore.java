package app.cadence.session;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scale scored before and/or after a session, e.g. anxiety 7 before and 3 after. */
@Embeddable
public class ScaleScore {

    @Column(name = "scale_code", nullable = false)
    public String scale;

    public BigDecimal pre;

    public BigDecimal post;
}
