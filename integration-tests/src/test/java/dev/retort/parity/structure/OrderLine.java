package dev.retort.parity.structure;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** Composite keys: an embedded id, and an id class. */
@Entity
public class OrderLine {
    @EmbeddedId
    Key key;
    String product;

    @Embeddable
    public static class Key implements Serializable {
        Long orderId;
        Integer lineNo;
    }

    @Entity
    @IdClass(Enrollment.Key.class)
    public static class Enrollment {
        @Id
        Long studentId;
        @Id
        String course;
        Integer grade;

        public static class Key implements Serializable {
            Long studentId;
            String course;
        }
    }
}
