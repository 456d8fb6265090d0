package dev.retort.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that migrates itself with the starter and has no code of its own for it. */
@SpringBootApplication
public class ShopApplication {
}
