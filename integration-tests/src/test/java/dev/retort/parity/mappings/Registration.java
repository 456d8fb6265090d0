package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Hibernate's own annotations that shape the schema: natural ids, on-delete actions, defaults, formulas, checks. */
@Entity
// Parentheses that precedence needs: a judge that strips them would take this for another check.
@Check(constraints = "(answer <> 13 OR region > 0) AND answer < 1000")
public class Registration {
    @Id
    Long id;

    @NaturalId
    String code;

    @NaturalId(mutable = true)
    Integer region;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    Registration parent;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Registration other;

    @ColumnDefault("'x'")
    String label;

    @ColumnDefault("42")
    Integer answer;

    @ColumnDefault("true")
    Boolean flag;

    @Formula("upper(label)")
    String upper;

    @Check(constraints = "positive > 0")
    Integer positive;
}
