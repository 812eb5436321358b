"""The connection pool serves callers in the order they arrived (storage/pool.py)."""

import asyncio

import pytest
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool

from storage.pool import FairQueuePool


@pytest.mark.parametrize("poolclass", [FairQueuePool, AsyncAdaptedQueuePool])
async def test_a_caller_arriving_as_a_connection_comes_back_waits_its_turn(tmp_path, poolclass):
    """The plain pool lets the newcomer take the returned connection ahead of five
    callers already waiting; the fair one makes it queue behind them."""
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}", poolclass=poolclass, pool_size=1,
                                 max_overflow=0)  # fmt: skip
    served: list[str] = []

    async def caller(name: str) -> None:
        async with engine.connect():
            served.append(name)

    holder = await engine.connect()
    waiting = [asyncio.create_task(caller(str(n))) for n in range(5)]
    await asyncio.sleep(0.1)  # all five are queued for the one connection
    await holder.close()
    await caller("newcomer")  # in the same breath as the connection came back
    await asyncio.gather(*waiting)
    await engine.dispose()
    expected = ["0", "1", "2", "3", "4", "newcomer"]
    assert (served == expected) is (poolclass is FairQueuePool), served


async def test_a_caller_that_waits_too_long_is_told_so(tmp_path):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}", poolclass=FairQueuePool, pool_size=1,
                                 max_overflow=0, pool_timeout=0.1)  # fmt: skip
    holder = await engine.connect()
    with pytest.raises(PoolTimeout, match="stayed busy"):
        await engine.connect()
    await holder.close()
    async with engine.connect():  # the turn given back on timeout is not lost
        pass
    await engine.dispose()
