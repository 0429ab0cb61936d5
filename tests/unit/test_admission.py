"""The turnstile that admits requests: slots in arrival order, a bounded queue, a short wait."""

from __future__ import annotations

import asyncio

from smarterp.api.admission import Turnstile


def test_freed_slots_go_to_waiters_in_arrival_order() -> None:
    async def scenario() -> list[int]:
        gate = Turnstile(capacity=1, queue_length=10, wait_seconds=5)
        assert await gate.enter()
        admitted: list[int] = []

        async def waiter(n: int) -> None:
            assert await gate.enter()
            admitted.append(n)
            await asyncio.sleep(0)
            gate.leave()

        tasks = []
        for n in range(5):
            tasks.append(asyncio.create_task(waiter(n)))
            await asyncio.sleep(0)  # each is queued before the next arrives
        gate.leave()
        # A newcomer arriving while others wait queues behind them.
        tasks.append(asyncio.create_task(waiter(99)))
        await asyncio.gather(*tasks)
        assert gate.running == 0
        return admitted

    assert asyncio.run(scenario()) == [0, 1, 2, 3, 4, 99]


def test_a_full_queue_refuses_at_once_and_a_waiter_gives_up_after_the_wait() -> None:
    async def scenario() -> None:
        gate = Turnstile(capacity=1, queue_length=1, wait_seconds=0.05)
        assert await gate.enter()
        waiting = asyncio.create_task(gate.enter())
        await asyncio.sleep(0)
        assert await gate.enter() is False  # the queue (of one) is full
        assert await waiting is False  # nobody left within 50 ms
        gate.leave()
        assert gate.running == 0
        assert await gate.enter()  # the refused waiter left no trace in the queue

    asyncio.run(scenario())


def test_a_cancelled_waiter_does_not_keep_a_slot() -> None:
    async def scenario() -> None:
        gate = Turnstile(capacity=1, queue_length=5, wait_seconds=5)
        assert await gate.enter()
        waiting = asyncio.create_task(gate.enter())
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        gate.leave()
        assert gate.running == 0

    asyncio.run(scenario())
