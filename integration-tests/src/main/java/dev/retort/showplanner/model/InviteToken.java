package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An invitation to join, mailed by a user, granting a role template's permissions when accepted. */
@Entity
@Table(name = "invite_tokens", indexes = {
        @Index(name = "idx_invite_tokens_invited_by", columnList = "invited_by_id"),
        @Index(name = "idx_invite_tokens_role_template", columnList = "role_template_id")})
public class InviteToken extends BaseModel {

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, unique = true, length = 128)
    private String token;

    @ManyToOne(optional = false)
    private User invitedBy;

    @ManyToOne
    private RoleTemplate roleTemplate;

    @Column(nullable = false)
    private LocalDateTime expiresAt;

    private LocalDateTime acceptedAt;

    protected InviteToken() {}

    public InviteToken(String email, String token, User invitedBy, RoleTemplate roleTemplate, LocalDateTime expiresAt) {
        this.email = email;
        this.token = token;
        this.invitedBy = invitedBy;
        this.roleTemplate = roleTemplate;
        this.expiresAt = expiresAt;
    }

    public String getToken() {
        return token;
    }

    public RoleTemplate getRoleTemplate() {
        return roleTemplate;
    }
}
