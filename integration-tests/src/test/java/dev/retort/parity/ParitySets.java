package dev.retort.parity;

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
import dev.retort.parity.basic.SupportTicket;
import dev.retort.parity.mappings.Accessed;
import dev.retort.parity.mappings.Account;
import dev.retort.parity.mappings.ColourConverter;
import dev.retort.parity.mappings.Baskets;
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
import dev.retort.parity.addresses.Host;
import dev.retort.parity.conversions.Gauge;
import dev.retort.parity.clinic.Appointment;
import dev.retort.parity.clinic.AuditLog;
import dev.retort.parity.clinic.Boarding;
import dev.retort.parity.clinic.LoyaltyCard;
import dev.retort.parity.clinic.CardPayment;
import dev.retort.parity.clinic.CashPayment;
import dev.retort.parity.clinic.Clinic;
import dev.retort.parity.clinic.Closure;
import dev.retort.parity.clinic.Department;
import dev.retort.parity.clinic.InsurancePayment;
import dev.retort.parity.clinic.InsurancePolicy;
import dev.retort.parity.clinic.InsuranceProvider;
import dev.retort.parity.clinic.InvoiceLine;
import dev.retort.parity.clinic.Kennel;
import dev.retort.parity.clinic.LabResult;
import dev.retort.parity.clinic.LabAnalysis;
import dev.retort.parity.clinic.MedicalRecord;
import dev.retort.parity.clinic.Medication;
import dev.retort.parity.clinic.Nurse;
import dev.retort.parity.clinic.Owner;
import dev.retort.parity.clinic.Pet;
import dev.retort.parity.clinic.Prescription;
import dev.retort.parity.clinic.Receptionist;
import dev.retort.parity.clinic.Referral;
import dev.retort.parity.clinic.Room;
import dev.retort.parity.clinic.Shift;
import dev.retort.parity.clinic.Specialty;
import dev.retort.parity.clinic.Staff;
import dev.retort.parity.clinic.StockLevel;
import dev.retort.parity.clinic.Wholesaler;
import dev.retort.parity.clinic.Symptom;
import dev.retort.parity.clinic.Vaccination;
import dev.retort.parity.clinic.Vaccine;
import dev.retort.parity.clinic.Veterinarian;
import dev.retort.parity.clinic.Visit;
import dev.retort.parity.definitions.Defined;
import dev.retort.parity.validation.Client;
import dev.retort.parity.validation.Region;
import dev.retort.parity.validation.Vip;
import dev.retort.parity.sequences.Dial;
import dev.retort.parity.settings.Counter;
import dev.retort.parity.sequences.Meter;
import dev.retort.parity.settings.Reading;
import dev.retort.parity.settings.Sensor;
import dev.retort.processor.Options;
import dev.retort.processor.model.HibernateGeneration;
import dev.retort.processor.model.HibernateSettings;
import dev.retort.sql.Database;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The entity sets of the parity tests: each a folder of sources and the classes Hibernate is given. */
final class ParitySets {

    static final Path SOURCES = Path.of("src/test/java/dev/retort/parity");

    /**
     * One set: its name, its folder under {@link #SOURCES}, its entity (and converter) classes, the
     * databases whose SQL it is written in, the Hibernate generations whose schema Retort knows, and
     * the Hibernate settings of its runs (each passed to Retort too, as {@code -Aretort.<setting>}).
     */
    record ParitySet(String name, String folder, List<Class<?>> entities, Set<Database> databases,
                     Set<HibernateGeneration> generations, Map<String, String> hibernateSettings) {

        ParitySet(String name, List<Class<?>> entities) {
            this(name, entities, Set.of(Database.values()), Set.of(HibernateGeneration.values()));
        }

        ParitySet(String name, List<Class<?>> entities, Set<Database> databases, Set<HibernateGeneration> generations) {
            this(name, name, entities, databases, generations, Map.of());
        }

        /** The same set with Bean Validation's constraints kept out of the DDL, Hibernate's switch and Retort's. */
        ParitySet withoutValidator() {
            return with("unvalidated", "hibernate.validator.apply_to_ddl", "false");
        }

        /** The same set with one more Hibernate setting, named {@code <name>-<suffix>}. */
        ParitySet with(String suffix, String setting, String value) {
            Map<String, String> settings = new TreeMap<>(hibernateSettings);
            settings.put(setting, value);
            return new ParitySet(name + "-" + suffix, folder, entities, databases, generations, Map.copyOf(settings));
        }

        /** The same set, with this Hibernate generation only. */
        ParitySet under(HibernateGeneration only) {
            return new ParitySet(name, folder, entities, databases, Set.of(only), hibernateSettings);
        }

        /** The same set, on these databases only. */
        ParitySet on(Database... only) {
            return new ParitySet(name, folder, entities, Set.of(only), generations, hibernateSettings);
        }

        /** The processor options of this set's builds: Hibernate's settings under {@code retort.}. */
        List<String> retortOptions() {
            return new TreeMap<>(hibernateSettings).entrySet().stream()
                    .map(e -> "-A" + Options.RETORT_PREFIX + e.getKey() + "=" + e.getValue()).toList();
        }

        /** The settings the processor reads from {@link #retortOptions()}. */
        HibernateSettings retortSettings() {
            Map<String, String> options = new TreeMap<>();
            hibernateSettings.forEach((setting, value) -> options.put(Options.RETORT_PREFIX + setting, value));
            Options parsed = Options.parse(options);
            if (!parsed.problems().isEmpty()) {
                throw new AssertionError(name + ": " + parsed.problems());
            }
            return parsed.hibernate();
        }

        boolean runsOn(Database database, HibernateGeneration generation) {
            return databases.contains(database) && generations.contains(generation);
        }

        Path sources() {
            return SOURCES.resolve(folder);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ParitySets() {}

    /** The generation of the Hibernate this test runs with. */
    static HibernateGeneration generation() {
        return HibernateGeneration.named(org.hibernate.Version.getVersionString()).orElseThrow();
    }

    /** The sets of this run: all, or those {@code retort.parity.sets} names (a comma-separated list of prefixes). */
    static List<ParitySet> selected() {
        String named = System.getProperty("retort.parity.sets", "");
        List<String> prefixes = Arrays.stream(named.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return all().stream().filter(set -> prefixes.isEmpty() || prefixes.stream().anyMatch(set.name()::startsWith))
                .toList();
    }

    static List<ParitySet> all() {
        List<Class<?>> basic = List.of(EveryType.class, SequencedThing.class, SequencedThing.NamedSequenceThing.class,
                MoreTypes.class, SupportTicket.class, SupportTicket.Escalation.class);
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
                Invoice.Refund.class, Invoice.Rebate.class, Seat.class, Seat.Screening.class, Seat.Booking.class,
                Venue.class, Subscriber.class,
                Depot.class, Depot.Crate.class, Depot.Pallet.class, Shop.class, Shop.Item.class,
                Zoo.Animal.class, Zoo.Lion.class, Zoo.Seal.class, Zoo.Pup.class, Zoo.Keeper.class, Zoo.Shift.class,
                Roster.class, PurchaseLines.Purchase.class, PurchaseLines.Line.class, PurchaseLines.NamedLine.class,
                Unkeyed.class, Unkeyed.Loose.class, Registration.class,
                Oddments.Parcel.class, Oddments.Letter.class, Oddments.Crate.class,
                Oddments.Vessel.class, Oddments.Barge.class,
                Oddments.Skipper.class, Baskets.Basket.class, Baskets.Item.class, Baskets.Note.class,
                Baskets.Line.class, Generic.Owner.class, Generic.Thing.class, Generic.Gadget.class,
                Accessed.class, Holdings.Asset.class, Holdings.Building.class, Holdings.Labelled.class,
                Holdings.Figure.class, Holdings.Round.class, Properties.Club.class);
        List<Class<?>> namespaces = List.of(Warehouse.class, StockItem.class, Supplier.class, Rack.class,
                Rack.ColdRack.class, Rack.OpenRack.class);
        List<Class<?>> clinic = List.of(Appointment.class, AuditLog.class, Boarding.class, LoyaltyCard.class,
                CardPayment.class, CashPayment.class, Clinic.class,
                Closure.class, Department.class, InsurancePayment.class, InsurancePolicy.class,
                InsuranceProvider.class, dev.retort.parity.clinic.Invoice.class, InvoiceLine.class, Kennel.class,
                LabResult.class, LabAnalysis.class, MedicalRecord.class, Medication.class, Nurse.class, Owner.class,
                dev.retort.parity.clinic.Payment.class, Pet.class, Prescription.class, Receptionist.class,
                Referral.class, dev.retort.parity.clinic.Review.class, Room.class, Shift.class, Specialty.class,
                Staff.class, StockLevel.class, Wholesaler.class, Symptom.class, Vaccination.class, Vaccine.class,
                Veterinarian.class, Visit.class);
        ParitySet validation = new ParitySet("validation", List.of(Client.class, Region.class, Vip.class));
        ParitySet settings = new ParitySet("settings", List.of(Reading.class, Sensor.class, Counter.class));
        // Apart: Hibernate 6 refuses one hibernate_sequence counting by 1 for an implicit generator
        // and by 50 for Counter's.
        ParitySet sequences = new ParitySet("sequences", List.of(Meter.class, Dial.class));
        // The settings' variants: on the databases retort.parity.settings.databases names (H2 in the default build,
        // all three with -Pparity-full), or all three.
        Database[] variants = Arrays.stream(System.getProperty("retort.parity.settings.databases",
                "H2,POSTGRESQL,MARIADB").split(",")).map(String::trim).map(Database::valueOf).toArray(Database[]::new);
        return List.of(new ParitySet("basic", basic), new ParitySet("relations", relations),
                new ParitySet("structure", structure), new ParitySet("application", application),
                new ParitySet("mappings", mappings), new ParitySet("clinic", clinic),
                // Hibernate ignores a schema on MariaDB, which has databases (named by catalog) instead.
                new ParitySet("namespaces", namespaces, Set.of(Database.H2, Database.POSTGRESQL),
                        Set.of(HibernateGeneration.values())),
                new ParitySet("definitions", List.of(Defined.class), Set.of(Database.H2),
                        Set.of(HibernateGeneration.values())),
                new ParitySet("conversions", List.of(Gauge.class), Set.of(Database.values()),
                        Set.of(HibernateGeneration.HIBERNATE_6)),
                new ParitySet("addresses", List.of(Host.class), Set.of(Database.H2, Database.MARIADB),
                        Set.of(HibernateGeneration.values())),
                validation, validation.withoutValidator(), settings,
                settings.with("instant-timestamp", "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
                        .on(variants),
                settings.with("uuid-char", "hibernate.type.preferred_uuid_jdbc_type", "CHAR").on(variants),
                settings.with("uuid-varchar", "hibernate.type.preferred_uuid_jdbc_type", "VARCHAR").on(variants),
                settings.with("boolean-integer", "hibernate.type.preferred_boolean_jdbc_type", "INTEGER").on(variants),
                settings.with("boolean-char", "hibernate.type.preferred_boolean_jdbc_type", "CHAR").on(variants),
                settings.with("boolean-bit", "hibernate.type.preferred_boolean_jdbc_type", "BIT").on(variants),
                settings.with("ids-legacy", "hibernate.id.db_structure_naming_strategy", "legacy").on(variants),
                // Hibernate 7 counts every undeclared sequence by 1 under single: one hibernate_sequence for both ids.
                settings.with("ids-single", "hibernate.id.db_structure_naming_strategy", "single").on(variants)
                        .under(HibernateGeneration.HIBERNATE_7),
                sequences, sequences.with("ids-legacy", "hibernate.id.db_structure_naming_strategy", "legacy")
                        .on(variants),
                sequences.with("ids-single", "hibernate.id.db_structure_naming_strategy", "single").on(variants),
                settings.with("timezone-normalize", "hibernate.timezone.default_storage", "NORMALIZE").on(variants),
                settings.with("timezone-normalize-utc", "hibernate.timezone.default_storage", "NORMALIZE_UTC")
                        .on(variants),
                // Hibernate refuses NATIVE where the database keeps no offset (PostgreSQL and MariaDB).
                settings.with("timezone-native", "hibernate.timezone.default_storage", "NATIVE").on(Database.H2),
                settings.with("timezone-column", "hibernate.timezone.default_storage", "COLUMN").on(variants));
    }
}
