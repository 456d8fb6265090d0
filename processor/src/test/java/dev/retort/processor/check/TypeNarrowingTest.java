package dev.retort.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeNarrowingTest {

    private static Optional<String> loss(SqlType from, SqlType to) {
        return TypeNarrowing.loss(from, to);
    }

    private static SqlType of(Kind kind) {
        return SqlType.of(kind);
    }

    @Test
    void characterTypes() {
        assertEquals(Optional.of("values longer than 10 characters"), loss(SqlType.varchar(20), SqlType.varchar(10)));
        assertEquals(Optional.of("values longer than 200 characters"), loss(of(Kind.TEXT), SqlType.varchar(200)));
        assertEquals(Optional.empty(), loss(SqlType.varchar(20), SqlType.varchar(30)));
        assertEquals(Optional.empty(), loss(SqlType.character(5), SqlType.varchar(5)));
        assertEquals(Optional.empty(), loss(SqlType.varchar(20), of(Kind.CLOB)));
        assertEquals(Optional.of("values longer than 4 bytes"), loss(of(Kind.BLOB), SqlType.varbinary(4)));
    }

    @Test
    void timesOfDay() {
        assertEquals(Optional.of("the fractional seconds"), loss(SqlType.time(6), of(Kind.TIME)));
        assertEquals(Optional.of("the fractional seconds beyond 3 digits"), loss(SqlType.time(6), SqlType.time(3)));
        assertEquals(Optional.empty(), loss(of(Kind.TIME), SqlType.time(6)));
    }

    @Test
    void numbers() {
        assertEquals(Optional.of("values outside the smallint range"), loss(of(Kind.INTEGER), of(Kind.SMALLINT)));
        assertEquals(Optional.empty(), loss(of(Kind.SMALLINT), of(Kind.BIGINT)));
        assertEquals(Optional.of("decimal places beyond 1"), loss(SqlType.numeric(10, 2), SqlType.numeric(10, 1)));
        assertEquals(Optional.of("the fractional digits"), loss(SqlType.numeric(10, 2), SqlType.numeric(12, 0)));
        assertEquals(Optional.of("values with more than 7 integer digits"),
                loss(SqlType.numeric(10, 2), SqlType.numeric(10, 3)));
        assertEquals(Optional.empty(), loss(SqlType.numeric(10, 2), SqlType.numeric(12, 2)));
        assertEquals(Optional.of("values with more than 8 integer digits"), loss(of(Kind.INTEGER), SqlType.numeric(10, 2)));
        assertEquals(Optional.empty(), loss(of(Kind.INTEGER), SqlType.numeric(12, 2)));
        assertEquals(Optional.of("the fractional digits"), loss(SqlType.numeric(8, 2), of(Kind.BIGINT)));
        assertEquals(Optional.empty(), loss(SqlType.numeric(9, 0), of(Kind.INTEGER)));
        assertEquals(Optional.of("values outside the integer range"), loss(SqlType.numeric(10, 0), of(Kind.INTEGER)));
        assertEquals(Optional.of("digits that real cannot hold exactly"), loss(of(Kind.DOUBLE), of(Kind.REAL)));
        assertEquals(Optional.empty(), loss(of(Kind.REAL), of(Kind.DOUBLE)));
        assertEquals(Optional.empty(), loss(of(Kind.INTEGER), of(Kind.DOUBLE)));
        assertEquals(Optional.of("digits that double cannot hold exactly"), loss(of(Kind.BIGINT), of(Kind.DOUBLE)));
    }

    @Test
    void timesAndOthers() {
        assertEquals(Optional.of("the time zone of each value"), loss(of(Kind.TIMESTAMP_TZ), of(Kind.TIMESTAMP)));
        assertEquals(Optional.empty(), loss(of(Kind.TIMESTAMP), of(Kind.TIMESTAMP_TZ)));
        assertEquals(Optional.of("the time of day"), loss(of(Kind.TIMESTAMP), of(Kind.DATE)));
        assertEquals(Optional.of("the date"), loss(of(Kind.TIMESTAMP_TZ), of(Kind.TIME)));
        assertEquals(Optional.empty(), loss(of(Kind.DATE), of(Kind.TIMESTAMP)));
        assertEquals(Optional.empty(), loss(of(Kind.UUID), of(Kind.TEXT)));
        assertEquals(Optional.of("values that do not convert to integer"), loss(SqlType.varchar(10), of(Kind.INTEGER)));
        assertEquals(Optional.of("values that do not convert to text"), loss(of(Kind.BLOB), of(Kind.TEXT)));
    }
}
