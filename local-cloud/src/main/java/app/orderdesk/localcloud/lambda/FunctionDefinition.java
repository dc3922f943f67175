package app.orderdesk.localcloud.lambda;

/** One Lambda function of the template: its name (the logical id), handler class and limits. */
public record FunctionDefinition(String name, String handlerClass, int memoryMb, int timeoutSeconds) {

    public FunctionDefinition {
        if (name == null || name.isBlank() || handlerClass == null || handlerClass.isBlank()) {
            throw new IllegalArgumentException("a function needs a name and a handler class: " + name);
        }
    }

    /** Reads {@code com.example.Handler::handleRequest} (or a bare class name). */
    public static FunctionDefinition of(String name, String handler, int memoryMb, int timeoutSeconds) {
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        return new FunctionDefinition(name, className, memoryMb, timeoutSeconds);
    }
}
