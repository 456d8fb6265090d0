package dev.retort.showplanner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A permission granted to a user, at most once. */
@Entity
@Table(name = "user_permissions",
        uniqueConstraints = @UniqueConstraint(name = "uk_user_permissions", columnNames = {"user_id", "permission_id"}),
        indexes = {@Index(name = "idx_user_permissions_user", columnList = "user_id"),
                @Index(name = "idx_user_permissions_permission", columnList = "permission_id")})
public class UserPermission extends BaseModel {

    @ManyToOne(optional = false)
    private User user;

    @ManyToOne(optional = false)
    private Permission permission;

    protected UserPermission() {}

    public UserPermission(User user, Permission permission) {
        this.user = user;
        this.permission = permission;
    }

    public User getUser() {
        return user;
    }

    public Permission getPermission() {
        return permission;
    }
}
