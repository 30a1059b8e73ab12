package io.github.wnet4j.examples;

import com.google.inject.AbstractModule;
import io.github.wnet4j.guice.WNetModule;

/** The agent's production wiring: WNet, and so its ConnectionCanceller, comes from discovery. */
public final class AgentModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new WNetModule());
    }
}
