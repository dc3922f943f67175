package app.orderdesk.backend.adapter.payment;

import app.orderdesk.backend.fakes.InMemoryPaymentGateway;
import app.orderdesk.backend.port.PaymentGateway;

class InMemoryPaymentGatewayContractTest extends PaymentGatewayContract {

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }
}
