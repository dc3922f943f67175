package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ProductRequest;
import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.SaveProduct;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/** POST /inventory (201, a new product) and PUT /inventory/{id} (200, an edit), managers only. */
public final class SaveProductHandler extends ApiHandler {

    private static final ObjectMapper STRICT = withoutScalarCoercion(ApiJson.strict());

    private final SaveProduct saveProduct;

    public SaveProductHandler() {
        this(Production.saveProduct());
    }

    public SaveProductHandler(SaveProduct saveProduct) {
        super(Set.of(Roles.MANAGERS));
        this.saveProduct = saveProduct;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        ProductRequest body = request.body(STRICT, ProductRequest.class);
        String productId = request.pathParameter("id");
        return productId == null ? ok(201, saveProduct.create(body)) : ok(200, saveProduct.edit(productId, body));
    }
}
