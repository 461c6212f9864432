package app.cadence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One intervention delivered in a session: the catalog code and what happened. */
@Embeddable
public class InterventionUse {

    @Column(name = "intervention_code", nullable = false)
    public String code;

    public String song;

    public String instrument;

    @Column(name = "client_response")
    public String clientResponse;

    public Integer minutes;
}
