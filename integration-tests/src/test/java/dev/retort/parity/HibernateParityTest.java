package dev.retort.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.SchemaDiff;
import dev.retort.operation.Operation;
import dev.retort.parity.application.Author;
import dev.retort.parity.application.Book;
import dev.retort.parity.application.Branch;
import dev.retort.parity.application.Fine;
import dev.retort.parity.application.Loan;
import dev.retort.parity.application.Member;
import dev.retort.parity.application.Publisher;
import dev.retort.parity.application.Reservation;
import dev.retort.parity.application.Review;
import dev.retort.parity.application.Shelf;
import dev.retort.parity.basic.EveryType;
import dev.retort.parity.basic.MoreTypes;
import dev.retort.parity.basic.SequencedThing;
import dev.retort.parity.mappings.Accessed;
import dev.retort.parity.mappings.Account;
import dev.retort.parity.mappings.ColourConverter;
import dev.retort.parity.mappings.Baskets;
import dev.retort.parity.mappings.Defined;
import dev.retort.parity.mappings.Depot;
import dev.retort.parity.mappings.Generic;
import dev.retort.parity.mappings.Dictionary;
import dev.retort.parity.mappings.Holdings;
import dev.retort.parity.mappings.Invoice;
import dev.retort.parity.mappings.Registration;
import dev.retort.parity.mappings.Oddments;
import dev.retort.parity.mappings.Product;
import dev.retort.parity.mappings.Properties;
import dev.retort.parity.mappings.Profile;
import dev.retort.parity.mappings.PurchaseLines;
import dev.retort.parity.mappings.Roster;
import dev.retort.parity.mappings.Seat;
import dev.retort.parity.mappings.Shipment;
import dev.retort.parity.mappings.Shop;
import dev.retort.parity.mappings.Subscriber;
import dev.retort.parity.mappings.Ticket;
import dev.retort.parity.mappings.Unkeyed;
import dev.retort.parity.mappings.Venue;
import dev.retort.parity.mappings.Zoo;
import dev.retort.parity.namespaces.Rack;
import dev.retort.parity.namespaces.StockItem;
import dev.retort.parity.namespaces.Supplier;
import dev.retort.parity.namespaces.Warehouse;
import dev.retort.parity.relations.Person;
import dev.retort.parity.structure.Customer;
import dev.retort.parity.structure.Note;
import dev.retort.parity.structure.OrderLine;
import dev.retort.parity.structure.Payment;
import dev.retort.parity.structure.Remark;
import dev.retort.parity.structure.Tag;
import dev.retort.parity.structure.Team;
import dev.retort.parity.structure.Vehicle;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the judge: for each entity set and naming, the schema Retort expects is the schema
 * Hibernate creates on H2, up to the names of constraints and indexes.
 */
class HibernateParityTest {

    private static final Path SETS = Path.of("src/test/java/dev/retort/parity");

    static Stream<Arguments> sets() {
        List<Class<?>> basic = List.of(EveryType.class, SequencedThing.class, SequencedThing.NamedSequenceThing.class,
                MoreTypes.class);
        List<Class<?>> relations = List.of(Person.class, Person.Passport.class, Person.Note.class);
        List<Class<?>> structure = List.of(Customer.class, Tag.class, Team.class, Note.class, Remark.class,
                OrderLine.class, OrderLine.Enrollment.class, Payment.class,
                Payment.CardPayment.class, Payment.BankPayment.class, Vehicle.class, Vehicle.Car.class,
                Vehicle.Truck.class);
        List<Class<?>> application = List.of(Branch.class, Shelf.class, Publisher.class, Author.class, Book.class,
                Member.class, Loan.class, Reservation.class, Review.class, Fine.class);
        List<Class<?>> mappings = List.of(ColourConverter.class, Product.class, Ticket.class, Dictionary.class,
                Account.class, Account.Savings.class, Account.Checking.class, Shipment.class, Shipment.Express.class,
                Profile.class, Invoice.class, Invoice.Receipt.class, Invoice.Voucher.class, Invoice.CreditNote.class,
                Seat.class, Seat.Screening.class, Seat.Booking.class, Venue.class, Subscriber.class,
                Depot.class, Depot.Crate.class, Depot.Pallet.class, Shop.class, Shop.Item.class,
                Zoo.Animal.class, Zoo.Lion.class, Zoo.Seal.class, Zoo.Pup.class, Zoo.Keeper.class, Zoo.Shift.class,
                Roster.class, PurchaseLines.Purchase.class, PurchaseLines.Line.class, PurchaseLines.NamedLine.class,
                Defined.class, Unkeyed.class, Unkeyed.Loose.class, Registration.class,
                Oddments.Parcel.class, Oddments.Letter.class, Oddments.Crate.class,
                Oddments.Vessel.class, Oddments.Barge.class,
                Oddments.Skipper.class, Baskets.Basket.class, Baskets.Item.class, Baskets.Note.class,
                Baskets.Line.class, Generic.Owner.class, Generic.Thing.class, Generic.Gadget.class,
                Accessed.class, Holdings.Asset.class, Holdings.Building.class, Holdings.Labelled.class,
                Holdings.Figure.class, Holdings.Round.class, Properties.Club.class);
        List<Class<?>> namespaces = List.of(Warehouse.class, StockItem.class, Supplier.class, Rack.class,
                Rack.ColdRack.class, Rack.OpenRack.class);
        return Stream.of(NamingStrategy.values()).flatMap(naming -> Stream.of(
                Arguments.of("basic", basic, naming),
                Arguments.of("relations", relations, naming),
                Arguments.of("structure", structure, naming),
                Arguments.of("application", application, naming),
                Arguments.of("mappings", mappings, naming),
                Arguments.of("namespaces", namespaces, naming)));
    }

    @ParameterizedTest(name = "{0}, {2} naming")
    @MethodSource("sets")
    void retortExpectsTheSchemaHibernateCreates(String set, List<Class<?>> entities, NamingStrategy naming)
            throws Exception {
        Dialect h2 = Dialect.of(Database.H2);
        Schema hibernate = h2.normalise(HibernateSchemas.create(entities, naming, set + "_" + naming));
        Schema retort = h2.normalise(RetortSchemas.read(SETS.resolve(set), naming));
        List<String> differences = SchemaDiff.between(retort, hibernate).stream().map(Operation::describe).toList();
        System.out.printf("parity %s/%s: %d items compared, %d differences%n", set, naming, items(hibernate),
                differences.size());
        assertEquals(List.of(), differences, () -> "Retort:\n" + retort + "\nHibernate:\n" + hibernate);
    }

    /** SQL schemas, tables, columns, keys, constraints and sequences: what the comparison looks at. */
    private static int items(Schema schema) {
        int items = schema.namespaces().size() + schema.sequences().size();
        for (Table table : schema.tables().values()) {
            items += 1 + table.columns().size() + (table.primaryKey() == null ? 0 : 1) + table.constraints().size();
        }
        return items;
    }
}
