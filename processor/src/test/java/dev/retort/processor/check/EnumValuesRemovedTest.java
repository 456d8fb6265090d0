package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EnumValuesRemovedTest {

    private static JavaFileObject orders() {
        return migration("CreateOrders", "@Migration(id = \"a1\", description = \"create orders\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(\"orders\", column(\"id\", BIGINT).primaryKey(), column(\"status\", varchar(10)));",
                "        op.createCheck(\"ck_orders_status\", \"orders\", \"status in ('NEW', 'PAID', 'SENT')\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropTable(\"orders\");",
                "    }");
    }

    private static JavaFileObject allow(String values) {
        return change("Statuses", "",
                List.of("op.dropCheck(\"ck_orders_status\", \"orders\");",
                        "op.createCheckNotValid(\"ck_orders_status\", \"orders\", \"status in (" + values + ")\");",
                        "op.validateConstraint(\"ck_orders_status\", \"orders\");"),
                List.of("op.dropCheck(\"ck_orders_status\", \"orders\");",
                        "op.createCheckNotValid(\"ck_orders_status\", \"orders\", \"status in ('NEW', 'PAID', 'SENT')\");",
                        "op.validateConstraint(\"ck_orders_status\", \"orders\");"));
    }

    @Test
    void valuesLeftOutOfAnEnumsCheckAreAWarningOnTheNewCheck() {
        JavaFileObject source = allow("'NEW', 'SENT'");
        Compilation compilation = compile(orders(), source);
        assertReported(compilation,
                warning(source, 12, 31, "[retort:enum-values-removed] createCheckNotValid ck_orders_status on"
                + " orders no longer allows 'PAID' in orders.status: rows holding them make it fail, and writers deployed"
                + " today still write them: move those rows to another value with an execute before it, after the"
                + " writers stopped."),
                NO_ENTITY);
    }

    @Test
    void anEnumThatGainsAValuePasses() {
        assertReported(compile(orders(), allow("'NEW', 'PAID', 'SENT', 'LOST'")), NO_ENTITY);
    }
}
