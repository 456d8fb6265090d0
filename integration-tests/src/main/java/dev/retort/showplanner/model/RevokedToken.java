package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A signed access token revoked before it expires (logout), kept until it would have expired. */
@Entity
@Table(name = "revoked_tokens")
public class RevokedToken extends BaseModel {

    @Column(nullable = false, unique = true, length = 64)
    private String jti;

    @Column(nullable = false)
    private LocalDateTime expiresAt;

    protected RevokedToken() {}

    public RevokedToken(String jti, LocalDateTime expiresAt) {
        this.jti = jti;
        this.expiresAt = expiresAt;
    }

    public String getJti() {
        return jti;
    }
}
