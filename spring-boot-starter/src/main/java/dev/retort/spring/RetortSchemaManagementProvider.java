package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Says that Retort manages the schema of the DataSource it migrates, so that Boot no longer
 * defaults an embedded database to Hibernate's {@code create-drop}, which would replace the
 * migrated schema with Hibernate's own.
 */
public class RetortSchemaManagementProvider implements SchemaManagementProvider {

    private final DataSource migrated;

    /** {@code migrated} is null when Retort migrates a URL of its own rather than the application's DataSource. */
    public RetortSchemaManagementProvider(DataSource migrated) {
        this.migrated = migrated;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrated != null && migrated.equals(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
