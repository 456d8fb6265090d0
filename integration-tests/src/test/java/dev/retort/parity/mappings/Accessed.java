package dev.retort.parity.mappings;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** @Access: a getter mapped in a class of field access, and an embeddable of property access. */
@Entity
public class Accessed {
    @Id
    Long id;

    @Transient
    String first;

    @Transient
    String last;

    @Embedded
    Span span;

    @Access(AccessType.PROPERTY)
    @Column(length = 80)
    public String getFullName() {
        return first + " " + last;
    }

    public void setFullName(String fullName) {
        int space = fullName.indexOf(' ');
        first = fullName.substring(0, Math.max(space, 0));
        last = fullName.substring(space + 1);
    }

    @Embeddable
    @Access(AccessType.PROPERTY)
    public static class Span {
        private int from;
        private int to;

        public int getWidth() {
            return to - from;
        }

        public void setWidth(int width) {
            to = from + width;
        }
    }
}
