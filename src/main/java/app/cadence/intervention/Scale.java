package app.cadence.intervention;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A scale for pre/post session scores (pain, anxiety, mood...), seeded by migration and read-only. */
@Entity
@Table(name = "scale")
public class Scale extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "min_score", nullable = false)
    public BigDecimal min;

    @Column(name = "max_score", nullable = false)
    public BigDecimal max;

    /** Pain and anxiety improve when they go down; mood and relaxation when they go up. */
    @Column(name = "lower_is_better", nullable = false)
    public boolean lowerIsBetter;

    /** Why a score is impossible on this scale, or empty when it is possible. */
    public Optional<String> problemWith(BigDecimal score) {
        if (score.compareTo(min) < 0 || score.compareTo(max) > 0) {
            return Optional.of("must be between " + min.stripTrailingZeros().toPlainString() + " and "
                    + max.stripTrailingZeros().toPlainString() + " on the " + code + " scale");
        }
        return Optional.empty();
    }
}
