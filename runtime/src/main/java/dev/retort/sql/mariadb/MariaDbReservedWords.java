package dev.retort.sql.mariadb;

import dev.retort.sql.ReservedWords;

/**
 * MariaDB's reserved words ("Reserved Words" in its reference), as 10.11 refuses them for a
 * column's name, and the words MySQL 8.0 reserves besides ("Keywords and Reserved Words", the ones
 * marked (R)): the same dialect serves {@code jdbc:mysql:} URLs, and a backtick-quoted name is the
 * same name on both, so quoting a word only MySQL reserves costs MariaDB nothing.
 */
final class MariaDbReservedWords {

    static final ReservedWords WORDS = ReservedWords.of(""
            + "accessible add all alter analyze and as asc asensitive before between bigint binary blob both by "
            + "call cascade case change char character check collate column condition constraint continue convert "
            + "create cross current_date current_role current_time current_timestamp current_user cursor databases "
            + "day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete desc "
            + "describe deterministic distinct distinctrow div double drop dual each else elseif enclosed escaped "
            + "except exists exit explain false fetch float float4 float8 for force foreign from fulltext grant "
            + "group having high_priority hour_microsecond hour_minute hour_second if ignore in index infile inner "
            + "inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into is iterate "
            + "join key keys kill leading leave left like limit linear lines load localtime localtimestamp lock "
            + "long longblob longtext loop low_priority match maxvalue mediumblob mediumint mediumtext middleint "
            + "minute_microsecond minute_second mod modifies natural no_write_to_binlog not null numeric offset on "
            + "optimize optionally or order out outer outfile over partition precision primary procedure purge "
            + "range read read_write reads real recursive references regexp release rename repeat replace require "
            + "resignal restrict return returning revoke right rlike rows schemas second_microsecond select "
            + "sensitive separator set show signal smallint spatial specific sql sql_big_result sql_calc_found_rows "
            + "sql_small_result sqlexception sqlstate sqlwarning ssl starting straight_join table terminated then "
            + "tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned update usage "
            + "use using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying when where "
            + "while with write xor year_month zerofill "
            // MySQL 8.0's reserved words that MariaDB does not reserve
            + "cube cume_dist database dense_rank empty first_value function generated get grouping groups "
            + "io_after_gtids io_before_gtids json_table lag last_value lateral lead master_bind "
            + "master_ssl_verify_server_cert nth_value ntile of optimizer_costs option percent_rank rank row "
            + "row_number schema stored system virtual window");

    private MariaDbReservedWords() {}
}
