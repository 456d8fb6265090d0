package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A named set of permissions that an invitation grants, such as "stage manager". */
@Entity
@Table(name = "role_templates")
public class RoleTemplate extends BaseModel {

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    private String description;

    /** The permission names, comma-separated. */
    @Column(nullable = false, length = 2000)
    private String permissions;

    protected RoleTemplate() {}

    public RoleTemplate(String name, String description, String permissions) {
        this.name = name;
        this.description = description;
        this.permissions = permissions;
    }

    public String getName() {
        return name;
    }

    public String getPermissions() {
        return permissions;
    }
}
