package app.cadence.client;

/** A client as the API shows it, with the version its ETag is made from. */
public record ClientView(ClientResponse body, long version) {
}
