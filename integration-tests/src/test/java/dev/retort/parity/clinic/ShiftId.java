package dev.retort.parity.clinic;

import java.io.Serializable;
import java.time.LocalDate;

/** The key of a shift: who and which day. */
public class ShiftId implements Serializable {
    Long staffId;
    LocalDate workDay;

    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftId id && java.util.Objects.equals(staffId, id.staffId)
                && java.util.Objects.equals(workDay, id.workDay);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(staffId, workDay);
    }
}
