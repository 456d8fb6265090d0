package dev.retort.sql;

import java.util.Set;

/**
 * Words that are reserved in H2, PostgreSQL or MariaDB. One list for all three, so that a name is
 * quoted the same way everywhere and a migration reads alike on each database.
 */
public final class ReservedWords {

    private static final Set<String> WORDS = Set.of((""
            + "accessible add all alter analyse analyze and any array as asc asensitive asymmetric authorization before "
            + "between bigint binary blob both by call cascade case cast change char character check collate "
            + "collation column concurrently condition constraint continue convert create cross current_catalog "
            + "current_date current_path current_role current_schema current_time current_timestamp current_user "
            + "cursor database databases day day_hour day_microsecond day_minute day_second dec decimal declare "
            + "default deferrable delayed delete desc describe deterministic distinct distinctrow div do double drop "
            + "dual each else elseif enclosed end escaped except exists exit explain false fetch float float4 "
            + "float8 for force foreign freeze from full fulltext general grant group groups having high_priority "
            + "hour hour_microsecond hour_minute hour_second if ignore ilike in index infile initially inner inout "
            + "insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into is isnull iterate "
            + "join key keys kill lateral leading leave left like limit linear lines load localtime localtimestamp "
            + "lock long longblob longtext loop low_priority match maxvalue mediumblob mediumint mediumtext "
            + "middleint minus minute minute_microsecond minute_second mod modifies month natural not notnull "
            + "no_write_to_binlog null numeric offset on only optimize option optionally or order out outer "
            + "outfile over overlaps partition placing position precision primary procedure purge qualify range "
            + "read reads read_write real recursive references regexp release rename repeat replace require "
            + "resignal restrict return returning revoke right rlike row rownum rows schema schemas second "
            + "second_microsecond select sensitive separator session_user set show signal similar smallint some "
            + "spatial specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows "
            + "sql_small_result ssl starting straight_join symmetric system_user table tablesample terminated then "
            + "tinyblob tinyint tinytext to top trailing trigger true uescape undo union unique unknown unlock "
            + "unsigned update usage use user using utc_date utc_time utc_timestamp value values varbinary varchar "
            + "varcharacter variadic varying verbose when where while window with write xor year year_month "
            + "zerofill _rowid_").split(" "));

    private ReservedWords() {}

    /** Whether the name, folded to lower case, is reserved in one of the three. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
