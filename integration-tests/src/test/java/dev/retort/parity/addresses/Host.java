package dev.retort.parity.addresses;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;

/**
 * An {@code InetAddress}: {@code varbinary(19)} on H2 and MariaDB. (PostgreSQL has a type of its own
 * for it, {@code inet}, which Hibernate takes there and Retort has not: the set leaves it out.)
 */
@Entity
public class Host {
    @Id
    Long id;

    InetAddress address;
}
