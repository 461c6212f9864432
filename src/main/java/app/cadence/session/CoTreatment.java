package app.cadence.session;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A clinician who co-treated: a Cadence staff member, or an outside clinician by name and discipline. */
@Embeddable
public class CoTreatment {

    @Column(name = "staff_id")
    public UUID staffId;

    public String name;

    public CoTreaterDiscipline discipline;
}
