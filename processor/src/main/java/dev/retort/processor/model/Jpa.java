package dev.retort.processor.model;

/** The qualified names of the Jakarta Persistence annotations Retort reads. */
final class Jpa {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String TABLE = "jakarta.persistence.Table";
    static final String SECONDARY_TABLE = "jakarta.persistence.SecondaryTable";
    static final String SECONDARY_TABLES = "jakarta.persistence.SecondaryTables";
    static final String COLUMN = "jakarta.persistence.Column";
    static final String ID = "jakarta.persistence.Id";
    static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
    static final String SEQUENCE_GENERATOR = "jakarta.persistence.SequenceGenerator";
    static final String TRANSIENT = "jakarta.persistence.Transient";
    static final String BASIC = "jakarta.persistence.Basic";
    static final String LOB = "jakarta.persistence.Lob";
    static final String ENUMERATED = "jakarta.persistence.Enumerated";
    static final String TEMPORAL = "jakarta.persistence.Temporal";
    static final String VERSION = "jakarta.persistence.Version";
    static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
    static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
    static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
    static final String ELEMENT_COLLECTION = "jakarta.persistence.ElementCollection";
    static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
    static final String JOIN_COLUMNS = "jakarta.persistence.JoinColumns";
    static final String JOIN_TABLE = "jakarta.persistence.JoinTable";
    static final String COLLECTION_TABLE = "jakarta.persistence.CollectionTable";
    static final String ORDER_COLUMN = "jakarta.persistence.OrderColumn";
    static final String MAP_KEY_COLUMN = "jakarta.persistence.MapKeyColumn";
    static final String MAP_KEY_ENUMERATED = "jakarta.persistence.MapKeyEnumerated";
    static final String MAP_KEY_TEMPORAL = "jakarta.persistence.MapKeyTemporal";
    static final String MAP_KEY = "jakarta.persistence.MapKey";
    static final String MAP_KEY_CLASS = "jakarta.persistence.MapKeyClass";
    static final String MAP_KEY_JOIN_COLUMN = "jakarta.persistence.MapKeyJoinColumn";
    static final String EMBEDDED = "jakarta.persistence.Embedded";
    static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";
    static final String INHERITANCE = "jakarta.persistence.Inheritance";
    static final String DISCRIMINATOR_COLUMN = "jakarta.persistence.DiscriminatorColumn";
    static final String PRIMARY_KEY_JOIN_COLUMN = "jakarta.persistence.PrimaryKeyJoinColumn";
    static final String PRIMARY_KEY_JOIN_COLUMNS = "jakarta.persistence.PrimaryKeyJoinColumns";
    static final String ID_CLASS = "jakarta.persistence.IdClass";
    static final String CONVERT = "jakarta.persistence.Convert";
    static final String CONVERTS = "jakarta.persistence.Converts";
    static final String CONVERTER = "jakarta.persistence.Converter";
    static final String MAPS_ID = "jakarta.persistence.MapsId";
    static final String ASSOCIATION_OVERRIDE = "jakarta.persistence.AssociationOverride";
    static final String ASSOCIATION_OVERRIDES = "jakarta.persistence.AssociationOverrides";
    static final String TABLE_GENERATOR = "jakarta.persistence.TableGenerator";
    static final String ACCESS = "jakarta.persistence.Access";

    private Jpa() {}
}
