package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Someone who plans shows: logs in with an email, holds permissions, invites others. */
@Entity
@Table(name = "users", indexes = @Index(name = "idx_users_invited_by", columnList = "invited_by_id"))
public class User extends BaseModel {

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(nullable = false, length = 100)
    private String firstName;

    @Column(nullable = false, length = 100)
    private String familyName;

    @Column(nullable = false, length = 201)
    private String fullName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean active;

    @ManyToOne
    private User invitedBy;

    @OneToMany(mappedBy = "invitedBy")
    private List<User> invitees = new ArrayList<>();

    @OneToMany(mappedBy = "createdBy")
    private List<Show> shows = new ArrayList<>();

    @OneToMany(mappedBy = "user")
    private List<UserPermission> permissions = new ArrayList<>();

    @OneToMany(mappedBy = "user")
    private List<PasswordResetToken> passwordResetTokens = new ArrayList<>();

    @OneToMany(mappedBy = "invitedBy")
    private List<InviteToken> invitesSent = new ArrayList<>();

    protected User() {}

    public User(String email, String firstName, String familyName, String passwordHash) {
        this.email = email;
        this.firstName = firstName;
        this.familyName = familyName;
        this.fullName = firstName + " " + familyName;
        this.passwordHash = passwordHash;
        this.active = true;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isActive() {
        return active;
    }

    public User getInvitedBy() {
        return invitedBy;
    }

    public void setInvitedBy(User invitedBy) {
        this.invitedBy = invitedBy;
    }

    public List<Show> getShows() {
        return shows;
    }

    public List<UserPermission> getPermissions() {
        return permissions;
    }
}
