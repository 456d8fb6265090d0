package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.Set;

/** Property access (@Id on a getter): every mapping read from getters, an embeddable's too. */
public final class Properties {

    private Properties() {}

    @Entity
    public static class Club {
        private Long id;
        private String name;
        private boolean open;
        private Club parent;
        private List<Club> children;
        private Set<Zoo.Keeper> coaches;
        private Set<String> colours;
        private Venue venue;

        @Id
        @GeneratedValue
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        @Column(name = "club_name", length = 60, nullable = false)
        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        @ManyToOne
        public Club getParent() {
            return parent;
        }

        public void setParent(Club parent) {
            this.parent = parent;
        }

        @OneToMany(mappedBy = "parent")
        public List<Club> getChildren() {
            return children;
        }

        public void setChildren(List<Club> children) {
            this.children = children;
        }

        @ManyToMany
        public Set<Zoo.Keeper> getCoaches() {
            return coaches;
        }

        public void setCoaches(Set<Zoo.Keeper> coaches) {
            this.coaches = coaches;
        }

        @ElementCollection
        public Set<String> getColours() {
            return colours;
        }

        public void setColours(Set<String> colours) {
            this.colours = colours;
        }

        @Embedded
        public Venue getVenue() {
            return venue;
        }

        public void setVenue(Venue venue) {
            this.venue = venue;
        }

        @Transient
        public String getDisplayName() {
            return name + (open ? "" : " (closed)");
        }
    }

    @Embeddable
    public static class Venue {
        private String city;
        private int seats;

        @Column(length = 40)
        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public int getSeats() {
            return seats;
        }

        public void setSeats(int seats) {
            this.seats = seats;
        }
    }
}
