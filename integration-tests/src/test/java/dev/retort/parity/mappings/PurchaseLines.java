package dev.retort.parity.mappings;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.io.Serializable;

/** @MapsId("attribute"): a relation's join column stands for an attribute of the embedded id. */
public final class PurchaseLines {

    private PurchaseLines() {}

    @Entity
    public static class Purchase {
        @Id
        Long id;
    }

    @Embeddable
    public record LineId(Long purchaseId, int lineNo) implements Serializable {}

    @Entity
    public static class Line {
        @EmbeddedId
        LineId id;

        @MapsId("purchaseId")
        @ManyToOne
        Purchase purchase;

        String text;
    }

    @Entity
    public static class NamedLine {
        @EmbeddedId
        LineId id;

        @MapsId("purchaseId")
        @ManyToOne
        @JoinColumn(name = "po")
        Purchase purchase;
    }
}
